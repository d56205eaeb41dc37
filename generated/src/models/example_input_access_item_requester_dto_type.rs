//! `ExampleInputAccessItemRequesterDtoType`, from `beta/schemas/trigger/example-input/AccessItemRequesterDto.yaml`.
crate::string_enum! {
    #[doc = " Access item requester's DTO type."] pub enum
    ExampleInputAccessItemRequesterDtoType { #[doc = " `IDENTITY`"] Identity =
    "IDENTITY", }
}
