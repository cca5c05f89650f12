"""The app shell: main window, navigation, status bar, sign-in, lock, kiosk, idle, scan routing."""
