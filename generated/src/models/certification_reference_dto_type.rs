//! `CertificationReferenceDtoType`, from `v3/schemas/CertificationReferenceDto.yaml`.
crate::string_enum! {
    #[doc = " DTO type of certification for review."] pub enum
    CertificationReferenceDtoType { #[doc = " `CERTIFICATION`"] Certification =
    "CERTIFICATION", }
}
