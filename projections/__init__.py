"""Read models built from the notification log (issue 4): none yet."""
