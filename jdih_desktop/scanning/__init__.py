"""The app's side of scanning: the standalone ``scanner`` package behind one service."""
