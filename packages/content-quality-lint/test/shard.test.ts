import assert from 'node:assert/strict'
import {describe, it} from 'node:test'
import {fnv1a} from '../lib/fnv1a.ts'
import {inShard, parseShard} from '../lib/shard.ts'

describe('fnv1a', () => {
  it('gives the FNV-1a 32-bit hash of the UTF-8 bytes', () => {
    assert.equal(fnv1a(''), 0x811c9dc5)
    assert.equal(fnv1a('a'), 0xe40c292c)
    assert.equal(fnv1a('foobar'), 0xbf9cf968)
    assert.equal(fnv1a('é'), fnv1a('\u00e9'))
    assert.notEqual(fnv1a('é'), fnv1a('e\u0301'))
  })
})

describe('shards', () => {
  it('parses `i/n`', () => {
    assert.deepEqual(parseShard('1/1'), {index: 1, count: 1})
    assert.deepEqual(parseShard('2/3'), {index: 2, count: 3})
    for (const value of ['0/2', '3/2', 'x', '1/0', '1/', '/2', '-1/2', '1.5/2', ' 1/2']) {
      assert.throws(() => parseShard(value), {message: 'Unexpected `--shard` value `' + value + '`, expected `i/n` with 1 ≤ i ≤ n'})
    }
  })

  it('puts each path in exactly one shard, by its hash', () => {
    const paths = Array.from({length: 200}, (_, index) => 'docs/page-' + index + '.md')
    for (const count of [1, 2, 3, 7]) {
      for (const filePath of paths) {
        const shards = Array.from({length: count}, (_, index) => index + 1).filter((index) => inShard(filePath, {index, count}))
        assert.deepEqual(shards, [(fnv1a(filePath) % count) + 1])
      }
    }
  })
})
