//! `Approvalidentityrecord`, from `apis/approvals/schemas/approvalidentityrecord.yaml`.

use crate::models::{ApprovalidentityrecordType, Approvalreference};

/// Identity Record Object
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Approvalidentityrecord {
    /// Identity ID.
    #[serde(rename = "identityID", skip_serializing_if = "Option::is_none")]
    pub identity_id: Option<String>,
    /// Type of identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ApprovalidentityrecordType>,
    /// Name of the identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// List of references representing actions taken by the identity.
    #[serde(rename = "actionedAs", skip_serializing_if = "Option::is_none")]
    pub actioned_as: Option<Vec<Approvalreference>>,
    /// List of references representing members of the identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub members: Option<Vec<Approvalreference>>,
    /// Date when the decision was made.
    #[serde(rename = "decisionDate", skip_serializing_if = "Option::is_none")]
    pub decision_date: Option<chrono::DateTime<chrono::Utc>>,
    /// Email associated with the identity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Approvalidentityrecord {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Approvalidentityrecord {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Approvalidentityrecord {
    const NAME: &'static str = "Approvalidentityrecord";

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
            "identityID" => {
                self.identity_id = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "type" => self.r#type = map.next_value()?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "actionedAs" => self.actioned_as = map.next_value()?,
            "members" => self.members = map.next_value()?,
            "decisionDate" => {
                self.decision_date = map.next_value_seed(crate::datetime::Optional)?;
            }
            "email" => self.email = map.next_value_seed(crate::lenient::TextOption)?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
