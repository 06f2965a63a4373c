"""Change capture, the hybrid logical clock, and (later) merge, bundles and transports."""
