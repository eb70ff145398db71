"""Test doubles shared by the tests and the benchmarks: the stand-in server, one virtual clock, the one table of
operations and job kinds (derived from the provider registry and the specs), and the recording setup."""
