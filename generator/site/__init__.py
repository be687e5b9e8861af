"""The MkDocs site: the plugin (events only), its options, the pages handed to MkDocs as virtual
files, redirects for former addresses, and the build that swaps a finished site into place."""
