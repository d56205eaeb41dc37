//! `Delete202ResponseType`, from `beta/paths/source.yaml#/delete`.
crate::string_enum! {
    #[doc = " Type of object being referenced."] pub enum Delete202ResponseType { #[doc =
    " `TASK_RESULT`"] TaskResult = "TASK_RESULT", }
}
