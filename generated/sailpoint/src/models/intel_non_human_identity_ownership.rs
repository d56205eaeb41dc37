//! `IntelNonHumanIdentityOwnership`, from `apis/intelligence/schemas/intel-non-human-identity-ownership.yaml`.

use crate::models::IntelNonHumanIdentityOwnershipCategory;

/// Non-human identities the human owns, grouped by subtype category. Present only when the tenant
/// has `idn:machine-identity-security`. When present, both `agents` and `applications` always render.
/// Each category is a flat object with optional primaryOwned/secondaryOwned buckets and optional
/// message/reason when upstream ownership fetch fails for that category.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct IntelNonHumanIdentityOwnership {
    /// Ownership for non-human identities with subtype AI Agent.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub agents: Option<IntelNonHumanIdentityOwnershipCategory>,
    /// Ownership for non-human identities with subtype Application.
    ///
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applications: Option<IntelNonHumanIdentityOwnershipCategory>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl IntelNonHumanIdentityOwnership {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        agents: IntelNonHumanIdentityOwnershipCategory,
        applications: IntelNonHumanIdentityOwnershipCategory,
    ) -> Self {
        IntelNonHumanIdentityOwnership {
            agents: Some(agents),
            applications: Some(applications),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for IntelNonHumanIdentityOwnership {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for IntelNonHumanIdentityOwnership {
    const NAME: &'static str = "IntelNonHumanIdentityOwnership";

    #[inline]
    fn empty() -> Self {
        IntelNonHumanIdentityOwnership {
            agents: None,
            applications: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "agents" => self.agents = map.next_value()?,
            "applications" => self.applications = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
