"""A model organism with planted personas: a synthetic world where the truth of every answer is known.

Modules: :mod:`.world` (corpus generator and exact answer scoring), :mod:`.pretrain` (tiny model + chat-tune),
:mod:`.truth` (per-topic harmful rates with CIs, persona probe), :mod:`.experiment` (narrow fine-tune spread),
:mod:`.recover` (harvest -> SAE -> diff -> steer on the organism, scored against the planted truth).
"""
