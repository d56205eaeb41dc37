//! `TargetType`, from `beta/schemas/Target.yaml`.
crate::string_enum! {
    #[doc = " Target type"] pub enum TargetType { #[doc = " `APPLICATION`"] Application =
    "APPLICATION", #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
