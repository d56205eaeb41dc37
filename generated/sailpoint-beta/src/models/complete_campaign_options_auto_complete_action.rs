//! `CompleteCampaignOptionsAutoCompleteAction`, from `beta/schemas/CompleteCampaignOptions.yaml#/properties/autoCompleteAction`.

/// Determines whether to auto-approve(APPROVE) or auto-revoke(REVOKE) upon campaign completion.
#[derive(Debug, Clone, PartialEq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum CompleteCampaignOptionsAutoCompleteAction {
    /// `APPROVE`
    Approve,
    /// `REVOKE`
    Revoke,
    /// A value the spec does not list, as the server sent it.
    Unknown(String),
}

impl CompleteCampaignOptionsAutoCompleteAction {
    /// The value as it is sent.
    #[inline]
    pub fn as_str(&self) -> &str {
        match self {
            CompleteCampaignOptionsAutoCompleteAction::Approve => "APPROVE",
            CompleteCampaignOptionsAutoCompleteAction::Revoke => "REVOKE",
            CompleteCampaignOptionsAutoCompleteAction::Unknown(value) => value,
        }
    }
}

impl From<&str> for CompleteCampaignOptionsAutoCompleteAction {
    #[inline]
    fn from(value: &str) -> Self {
        match value {
            "APPROVE" => CompleteCampaignOptionsAutoCompleteAction::Approve,
            "REVOKE" => CompleteCampaignOptionsAutoCompleteAction::Revoke,
            other => CompleteCampaignOptionsAutoCompleteAction::Unknown(other.to_owned()),
        }
    }
}

crate::string_enum_impls!(CompleteCampaignOptionsAutoCompleteAction);
