"""Experiments that combine stages: the emergent-misalignment replication sweep, ..."""
