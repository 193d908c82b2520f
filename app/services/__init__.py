"""Use cases over a Session. They return plain dataclasses and never import Qt."""
