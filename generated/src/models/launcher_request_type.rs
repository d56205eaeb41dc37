//! `LauncherRequestType`, from `beta/schemas/LauncherRequest.yaml`.
crate::string_enum! {
    #[doc = " Launcher type"] pub enum LauncherRequestType { #[doc =
    " `INTERACTIVE_PROCESS`"] InteractiveProcess = "INTERACTIVE_PROCESS", }
}
