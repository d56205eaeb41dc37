//! `SodSodPolicyDtoType`, from `beta/schemas/sod/models/SodPolicyDto.yaml`.
crate::string_enum! {
    #[doc = " SOD policy DTO type."] pub enum SodSodPolicyDtoType { #[doc =
    " `SOD_POLICY`"] SodPolicy = "SOD_POLICY", }
}
