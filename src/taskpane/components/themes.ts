/** The themes the pane needs only when Office is dark or in high contrast (loaded then, not on first paint). */
export { teamsHighContrastTheme, webDarkTheme } from '@fluentui/react-components';
