"""Reading ``content/``: YAML with file lines, front matter and sidecars, validation against the
JSON Schemas, editor overrides; and writing into it only where the editor asks (``claimline import``,
``claimline new``). Everything here either returns a ``Corpus`` or reports ``path:line`` problems."""
