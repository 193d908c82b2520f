"""Exchange between the secretariat and the ministries (ARCHITECTURE §5)."""
