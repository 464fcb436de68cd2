"""The assistant's Vietnamese wording (messages.toml) and LLM prompts (*.txt), shipped as package
data so an installed wheel reads the same files as a checkout."""
