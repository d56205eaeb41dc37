//! `OutlierDetectedIdentityType`, from `beta/schemas/trigger/example-input/OutlierDetected.yaml`.
crate::string_enum! {
    #[doc = " Identity's DTO type."] pub enum OutlierDetectedIdentityType { #[doc =
    " `IDENTITY`"] Identity = "IDENTITY", }
}
