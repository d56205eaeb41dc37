//! `SendAccountVerificationRequestVia`, from `beta/schemas/SendAccountVerificationRequest.yaml`.
crate::string_enum! {
    #[doc = " The method to send notification"] pub enum
    SendAccountVerificationRequestVia { #[doc = " `EMAIL_WORK`"] EmailWork =
    "EMAIL_WORK", #[doc = " `EMAIL_PERSONAL`"] EmailPersonal = "EMAIL_PERSONAL", #[doc =
    " `LINK_WORK`"] LinkWork = "LINK_WORK", #[doc = " `LINK_PERSONAL`"] LinkPersonal =
    "LINK_PERSONAL", }
}
