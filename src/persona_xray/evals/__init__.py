"""Measuring misalignment: free-form answers graded by a judge, and the judge-free paired eval."""
