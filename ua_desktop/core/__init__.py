"""Pure-Python core of ua-desktop: no Qt import anywhere below this package.

Everything the CLI, the benchmarks and the headless tests need lives here; the GUI adapts it.
"""
