//! `SodPolicyDtoType`, from `beta/schemas/SodPolicyDto.yaml`.
crate::string_enum! {
    #[doc = " SOD policy DTO type."] pub enum SodPolicyDtoType { #[doc = " `SOD_POLICY`"]
    SodPolicy = "SOD_POLICY", }
}
