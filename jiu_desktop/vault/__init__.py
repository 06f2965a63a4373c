"""The encrypted profile: folder layout, key derivation and wrapping, the SQLCipher engine."""
