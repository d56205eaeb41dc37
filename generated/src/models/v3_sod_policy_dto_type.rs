//! `V3SodPolicyDtoType`, from `v3/schemas/SodPolicyDto.yaml`.
crate::string_enum! {
    #[doc = " SOD policy DTO type."] pub enum V3SodPolicyDtoType { #[doc =
    " `SOD_POLICY`"] SodPolicy = "SOD_POLICY", }
}
