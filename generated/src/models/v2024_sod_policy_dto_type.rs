//! `V2024SodPolicyDtoType`, from `v2024/schemas/SodPolicyDto.yaml`.
crate::string_enum! {
    #[doc = " SOD policy DTO type."] pub enum V2024SodPolicyDtoType { #[doc =
    " `SOD_POLICY`"] SodPolicy = "SOD_POLICY", }
}
