//! `CommonAccessItemState`, from `beta/schemas/CommonAccessItemState.yaml`.
crate::string_enum! {
    #[doc = " State of common access item."] pub enum CommonAccessItemState { #[doc =
    " `CONFIRMED`"] Confirmed = "CONFIRMED", #[doc = " `DENIED`"] Denied = "DENIED", }
}
