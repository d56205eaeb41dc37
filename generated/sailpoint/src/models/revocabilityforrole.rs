//! `Revocabilityforrole`, from `apis/roles/schemas/revocabilityforrole.yaml`.

use crate::models::Approvalschemeforrole;

/// `Revocabilityforrole` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Revocabilityforrole {
    /// Whether the requester of the containing object must provide comments justifying the request
    #[serde(rename = "commentsRequired", skip_serializing_if = "Option::is_none")]
    pub comments_required: Option<bool>,
    /// Whether an approver must provide comments when denying the request
    #[serde(rename = "denialCommentsRequired", skip_serializing_if = "Option::is_none")]
    pub denial_comments_required: Option<bool>,
    /// List describing the steps in approving the revocation request
    #[serde(rename = "approvalSchemes", skip_serializing_if = "Option::is_none")]
    pub approval_schemes: Option<Vec<Approvalschemeforrole>>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Revocabilityforrole {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Revocabilityforrole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Revocabilityforrole {
    const NAME: &'static str = "Revocabilityforrole";

    #[inline]
    fn empty() -> Self {
        Self::default()
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "commentsRequired" => {
                self.comments_required = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "denialCommentsRequired" => {
                self.denial_comments_required = map
                    .next_value_seed(crate::lenient::FlagOption)?;
            }
            "approvalSchemes" => self.approval_schemes = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
