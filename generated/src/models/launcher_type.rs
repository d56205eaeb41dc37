//! `LauncherType`, from `beta/schemas/Launcher.yaml`.
crate::string_enum! {
    #[doc = " Launcher type"] pub enum LauncherType { #[doc = " `INTERACTIVE_PROCESS`"]
    InteractiveProcess = "INTERACTIVE_PROCESS", }
}
