//! `Campaigntemplate`, from `apis/certification-campaigns/schemas/campaigntemplate.yaml`.

use crate::models::{Campaign2, CampaigntemplateOwnerRef};

/// Campaign Template
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Campaigntemplate {
    /// Id of the campaign template
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// This template's name. Has no bearing on generated campaigns' names.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub name: String,
    /// This template's description. Has no bearing on generated campaigns' descriptions.
    ///
    /// A server's absent or `null` member reads as an empty string.
    pub description: String,
    /// Creation date of Campaign Template
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<chrono::DateTime<chrono::Utc>>,
    /// Modification date of Campaign Template
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<chrono::DateTime<chrono::Utc>>,
    /// Indicates if this campaign template has been scheduled.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scheduled: Option<bool>,
    /// The owner of this template, and the owner of campaigns generated from this template via a schedule. This field is automatically populated at creation time with the current user.
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(rename = "ownerRef", skip_serializing_if = "Option::is_none")]
    pub owner_ref: Option<CampaigntemplateOwnerRef>,
    /// The time period during which the campaign should be completed, formatted as an ISO-8601 Duration. When this template generates a campaign, the campaign's deadline will be the current date plus this duration. For example, if generation occurred on 2020-01-01 and this field was "P2W" (two weeks), the resulting campaign's deadline would be 2020-01-15 (the current date plus 14 days).
    #[serde(rename = "deadlineDuration", skip_serializing_if = "Option::is_none")]
    pub deadline_duration: Option<String>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub campaign: Option<Campaign2>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Campaigntemplate {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        name: impl Into<String>,
        description: impl Into<String>,
        campaign: Campaign2,
    ) -> Self {
        Campaigntemplate {
            id: None,
            name: name.into(),
            description: description.into(),
            created: None,
            modified: None,
            scheduled: None,
            owner_ref: None,
            deadline_duration: None,
            campaign: Some(campaign),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Campaigntemplate {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Campaigntemplate {
    const NAME: &'static str = "Campaigntemplate";

    #[inline]
    fn empty() -> Self {
        Campaigntemplate {
            id: None,
            name: Default::default(),
            description: Default::default(),
            created: None,
            modified: None,
            scheduled: None,
            owner_ref: None,
            deadline_duration: None,
            campaign: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::Text)?,
            "description" => {
                self.description = map.next_value_seed(crate::lenient::Text)?;
            }
            "created" => self.created = map.next_value_seed(crate::datetime::Optional)?,
            "modified" => self.modified = map.next_value_seed(crate::datetime::Optional)?,
            "scheduled" => {
                self.scheduled = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "ownerRef" => self.owner_ref = map.next_value()?,
            "deadlineDuration" => {
                self.deadline_duration = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "campaign" => self.campaign = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
