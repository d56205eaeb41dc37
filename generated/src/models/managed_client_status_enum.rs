//! `ManagedClientStatusEnum`, from `beta/schemas/ManagedClientStatusEnum.yaml`.
crate::string_enum! {
    #[doc = " `ManagedClientStatusEnum` as the spec defines it."] pub enum
    ManagedClientStatusEnum { #[doc = " `NORMAL`"] Normal = "NORMAL", #[doc =
    " `UNDEFINED`"] Undefined = "UNDEFINED", #[doc = " `NOT_CONFIGURED`"] NotConfigured =
    "NOT_CONFIGURED", #[doc = " `CONFIGURING`"] Configuring = "CONFIGURING", #[doc =
    " `WARNING`"] Warning = "WARNING", #[doc = " `ERROR`"] Error = "ERROR", #[doc =
    " `FAILED`"] Failed = "FAILED", }
}
