//! `LauncherRequestReferenceType`, from `beta/schemas/LauncherRequest.yaml`.
crate::string_enum! {
    #[doc = " Type of Launcher reference"] pub enum LauncherRequestReferenceType { #[doc
    = " `WORKFLOW`"] Workflow = "WORKFLOW", }
}
