-- Run by test/neovim.test.ts in `nvim --headless --clean -u NONE`, after the
-- Neovim 0.7 configuration of the readme (which the test takes from there):
-- drives the test, it is not configuration.
--
-- Writes one JSON object per line to $CONTENT_QUALITY_NVIM_OUTPUT:
--   {kind = 'start', version = {...}}
--   {kind = 'client', offset_encoding = ...}
--   {kind = 'diagnostics', phase = 'before' | 'after', diagnostics = [...]}
--   {kind = 'request', params = ...}         the codeAction params Neovim built
--   {kind = 'actions', actions = [...]}      titles and isPreferred of the answer
--   {kind = 'lines', lines = [...]}          the buffer after the fix
--   {kind = 'done'}
-- or, on any failure or timeout, {kind = 'error', message = ...} and exit 1.

local timeout = tonumber(vim.env.CONTENT_QUALITY_NVIM_TIMEOUT or '') or 20000
local output = assert(io.open(assert(vim.env.CONTENT_QUALITY_NVIM_OUTPUT, '$CONTENT_QUALITY_NVIM_OUTPUT is not set'), 'w'))

local function emit(record)
  output:write(vim.fn.json_encode(record), '\n')
  output:flush()
end

-- The LSP version of every publishDiagnostics the server sent.
local published_versions = {}
local publish_diagnostics = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  publish_diagnostics(err, result, ctx, config)
  table.insert(published_versions, result and result.version or vim.NIL)
end

local function wait_for(what, condition)
  if not vim.wait(timeout, condition, 10) then
    error('timed out after ' .. timeout .. ' ms waiting for ' .. what, 0)
  end
end

-- vim.diagnostic.get() as plain data: 0-based lnum, byte col.
local function diagnostics_of(bufnr)
  return vim.tbl_map(function(diagnostic)
    local lsp = diagnostic.user_data and diagnostic.user_data.lsp or {}
    return {
      lnum = diagnostic.lnum,
      col = diagnostic.col,
      end_lnum = diagnostic.end_lnum,
      end_col = diagnostic.end_col,
      severity = diagnostic.severity,
      code = diagnostic.code,
      source = diagnostic.source,
      message = diagnostic.message,
      data = lsp.data,
    }
  end, vim.diagnostic.get(bufnr))
end

-- Wait for the diagnostics of the buffer's current text, then write them.
local function emit_diagnostics(bufnr, phase)
  wait_for(phase .. ' diagnostics', function()
    local version = vim.lsp.util.buf_versions[bufnr]
    return version ~= nil and published_versions[#published_versions] == version
  end)
  local diagnostics = diagnostics_of(bufnr)
  emit({kind = 'diagnostics', phase = phase, diagnostics = diagnostics})
  return diagnostics
end

local function drive()
  emit({kind = 'start', version = vim.version()})
  -- `-u NONE` turns filetype detection off: turn it on and detect the open
  -- file, which fires the FileType autocmd of part 1.
  vim.cmd('filetype detect')
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype ~= 'markdown' then
    error('the buffer is not markdown: ' .. vim.bo[bufnr].filetype, 0)
  end
  -- The client the configuration started, found by its name.
  local client
  wait_for('the client to attach and initialize', function()
    for _, each in ipairs(vim.lsp.buf_get_clients(bufnr)) do
      if each.name == 'content_quality' and each.initialized then
        client = each
      end
    end
    return client ~= nil
  end)
  emit({kind = 'client', offset_encoding = client.offset_encoding})

  local mojibake
  for _, diagnostic in ipairs(emit_diagnostics(bufnr, 'before')) do
    if diagnostic.code == 'no-mojibake' then
      mojibake = diagnostic
      break
    end
  end
  if not mojibake then
    error('no no-mojibake diagnostic', 0)
  end

  -- What `vim.lsp.buf.code_action()` sends, without its menu: the cursor on
  -- the mojibake, the line's diagnostics converted back to LSP.
  vim.api.nvim_win_set_cursor(0, {mojibake.lnum + 1, mojibake.col})
  local params = vim.lsp.util.make_range_params()
  params.context = {diagnostics = vim.lsp.diagnostic.get_line_diagnostics()}
  emit({kind = 'request', params = params})
  local responses, reason = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
  if not responses then
    error('no answer to textDocument/codeAction: ' .. tostring(reason), 0)
  end
  local response = responses[client.id]
  if not response or response.err then
    error('textDocument/codeAction failed: ' .. vim.inspect(response), 0)
  end
  local actions = response.result or {}
  emit({
    kind = 'actions',
    actions = vim.tbl_map(function(action)
      return {title = action.title, kind = action.kind, isPreferred = action.isPreferred == true}
    end, actions),
  })
  local preferred
  for _, action in ipairs(actions) do
    if action.isPreferred then
      preferred = action
      break
    end
  end
  if not preferred or not preferred.edit then
    error('no preferred code action with an edit', 0)
  end
  vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding)
  emit({kind = 'lines', lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)})

  emit_diagnostics(bufnr, 'after')
  emit({kind = 'done'})
end

local ok, problem = xpcall(drive, debug.traceback)
if not ok then
  emit({kind = 'error', message = tostring(problem)})
end
output:close()
vim.cmd(ok and 'qall!' or 'cquit 1')
