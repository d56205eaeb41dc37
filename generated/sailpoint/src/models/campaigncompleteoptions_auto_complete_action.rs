//! `CampaigncompleteoptionsAutoCompleteAction`, from `apis/certification-campaigns/schemas/campaigncompleteoptions.yaml#/properties/autoCompleteAction`.

/// Determines whether to auto-approve(APPROVE) or auto-revoke(REVOKE) upon campaign completion.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CampaigncompleteoptionsAutoCompleteAction {
    /// `APPROVE`
    Approve,
    /// `REVOKE`
    Revoke,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CampaigncompleteoptionsAutoCompleteAction {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CampaigncompleteoptionsAutoCompleteAction::Approve => "APPROVE",
            CampaigncompleteoptionsAutoCompleteAction::Revoke => "REVOKE",
            CampaigncompleteoptionsAutoCompleteAction::Unknown(value) => value,
        }
    }
}

impl From<&str> for CampaigncompleteoptionsAutoCompleteAction {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVE" => CampaigncompleteoptionsAutoCompleteAction::Approve,
            "REVOKE" => CampaigncompleteoptionsAutoCompleteAction::Revoke,
            other => CampaigncompleteoptionsAutoCompleteAction::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CampaigncompleteoptionsAutoCompleteAction);
