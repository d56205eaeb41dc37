//! `LauncherReferenceType`, from `beta/schemas/Launcher.yaml`.
crate::string_enum! {
    #[doc = " Type of Launcher reference"] pub enum LauncherReferenceType { #[doc =
    " `WORKFLOW`"] Workflow = "WORKFLOW", }
}
