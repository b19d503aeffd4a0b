"""Names vulture takes for unused that are used, by something it cannot see: `vulture` (the
settings are [tool.vulture] in pyproject.toml) reads this file with the code and so counts them
as used. Never imported or run. Each name is listed with who uses it.
"""

# ruff: noqa

_ = object()

# Signal handlers and event filters: the caller passes these arguments.
signum  # app/cli/classify.py, app/core/engines/local/template.py: signal.signal handlers
exitstatus  # tests/bench/conftest.py: pytest_sessionfinish hook
app_style  # tests/ui: a fixture asked for by name for what it sets up

# Set on third-party modules and objects that read them.
_.HF_HUB_DISABLE_TELEMETRY  # app/core/models/hub.py: huggingface_hub.constants
_.clip  # app/ui/widgets/history_sidebar.py: QAbstractTextDocumentLayout.PaintContext
priority  # tests/fakes.py: keyring reads a backend's priority
_.daemon_threads  # tests/servers: socketserver.ThreadingMixIn
_.close_connection  # tests/servers: http.server.BaseHTTPRequestHandler
protocol_version  # tests/servers: http.server.BaseHTTPRequestHandler

# Overrides that the base class calls.
_.closeEvent  # app/ui/main_window.py: QWidget
_.dragEnterEvent  # app/ui/panels/documents/documents_panel.py: QWidget (drop files on the tab)
_.dropEvent  # app/ui/panels/documents/documents_panel.py: QWidget
_.createEditor  # app/ui/panels/tasks/task_tables.py: QStyledItemDelegate (a template's, a check kind's editor)
_.setEditorData  # app/ui/panels/tasks/task_tables.py: QStyledItemDelegate
_.setModelData  # app/ui/panels/tasks/task_tables.py: QStyledItemDelegate

# Named by a string in app/core/providers.py KINDS and imported by the factory.
GeminiEmbeddingEngine  # app/core/engines/remote/factory.py
_.filterAcceptsRow  # app/ui/panels/batch_results.py: QSortFilterProxyModel
_.handle_starttag  # tests: html.parser.HTMLParser
_.handle_endtag  # tests: html.parser.HTMLParser
_.handle_data  # tests: html.parser.HTMLParser
_.do_GET  # tests/servers: http.server.BaseHTTPRequestHandler
_.do_HEAD  # tests/servers: http.server.BaseHTTPRequestHandler
_.do_POST  # tests/servers: http.server.BaseHTTPRequestHandler
_.log_message  # tests/servers: http.server.BaseHTTPRequestHandler

# Dataclass fields read through dataclasses.asdict.
plinth_samples  # tests/bench/conftest.py: BenchRow, written to the bench JSON
baseline_samples  # tests/bench/conftest.py: BenchRow, written to the bench JSON

# Part S1 "api" (issue 18): the runner's count for the window's status bar, and uvicorn.Server's switches.
_.active_requests  # app/core/server/runner.py: read by the window (S3)
_.should_exit  # app/core/server/runner.py: uvicorn.Server reads it
_.force_exit  # app/core/server/runner.py: uvicorn.Server reads it
