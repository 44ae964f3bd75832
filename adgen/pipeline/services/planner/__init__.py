"""The planner: a marketer's brief in, an AdProject out (``local``: rules; ``openai``: the LLM)."""
