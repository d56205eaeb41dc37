//! `AccessItemApproverDtoType`, from `beta/schemas/trigger/example-input/AccessItemApproverDto.yaml`.
crate::string_enum! {
    #[doc = " DTO type of the identity who approved the access item request."] pub enum
    AccessItemApproverDtoType { #[doc = " `IDENTITY`"] Identity = "IDENTITY", }
}
