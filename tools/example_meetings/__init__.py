"""The bundled example meetings, built by ``tools/make_examples.py``: one module per example."""
