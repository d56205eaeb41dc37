//! `Medium`, from `beta/schemas/Medium.yaml`.
crate::string_enum! {
    #[doc = " The notification medium (EMAIL, SLACK, or TEAMS)"] pub enum Medium { #[doc
    = " `EMAIL`"] Email = "EMAIL", #[doc = " `SLACK`"] Slack = "SLACK", #[doc =
    " `TEAMS`"] Teams = "TEAMS", }
}
