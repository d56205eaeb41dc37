//! `Intelmachinederived`, from `apis/intelligence/schemas/intelmachinederived.yaml`.

use crate::models::{IntelBlastRadiusSummary, Intelmachineentityref};

/// Derived SOC triage signals for non-human identity risk assessment.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Intelmachinederived {
    /// Flags NHIs without a valid active owner for prioritization.
    ///
    /// A server's absent or `null` member reads as `false`.
    #[serde(rename = "isOrphaned")]
    pub is_orphaned: bool,
    /// Humans who can invoke or access this NHI agent.
    ///
    /// A server's absent or `null` member reads as an empty list.
    #[serde(rename = "authorizedHumanIdentities")]
    pub authorized_human_identities: Vec<Intelmachineentityref>,
    /// Required by the spec, but `None` when a server leaves it out or sends `null`.
    #[serde(rename = "blastRadiusSummary", skip_serializing_if = "Option::is_none")]
    pub blast_radius_summary: Option<IntelBlastRadiusSummary>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Intelmachinederived {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new(
        is_orphaned: bool,
        authorized_human_identities: Vec<Intelmachineentityref>,
        blast_radius_summary: IntelBlastRadiusSummary,
    ) -> Self {
        Intelmachinederived {
            is_orphaned,
            authorized_human_identities,
            blast_radius_summary: Some(blast_radius_summary),
            additional_properties: Default::default(),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Intelmachinederived {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Intelmachinederived {
    const NAME: &'static str = "Intelmachinederived";

    #[inline]
    fn empty() -> Self {
        Intelmachinederived {
            is_orphaned: Default::default(),
            authorized_human_identities: Default::default(),
            blast_radius_summary: None,
            additional_properties: Default::default(),
        }
    }

    fn member<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: crate::object::Key<'de>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match &*key {
            "isOrphaned" => self.is_orphaned = map.next_value_seed(crate::lenient::Flag)?,
            "authorizedHumanIdentities" => {
                self.authorized_human_identities = map
                    .next_value_seed(crate::lenient::NullAsDefault::NEW)?;
            }
            "blastRadiusSummary" => self.blast_radius_summary = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
