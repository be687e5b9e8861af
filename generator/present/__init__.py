"""What the site and the exports both show: page addresses, date labels in the site's language,
interface labels, and escaping of untrusted article text."""
