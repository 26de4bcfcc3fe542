"""Model organisms: small worlds with known ground truth, used to check that the methods find what is there."""
