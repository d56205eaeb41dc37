//! `Roleminingsessionparametersdto`, from `apis/iai-role-mining/schemas/roleminingsessionparametersdto.yaml`.

use crate::models::{
    Roleminingroletype, Roleminingsessionscope, Roleminingsessionscopingmethod,
    Roleminingsessionstate,
};

/// `Roleminingsessionparametersdto` as the spec defines it.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Roleminingsessionparametersdto {
    /// The ID of the role mining session
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The session's saved name
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Minimum number of identities in a potential role
    #[serde(
        rename = "minNumIdentitiesInPotentialRole",
        skip_serializing_if = "Option::is_none"
    )]
    pub min_num_identities_in_potential_role: Option<i32>,
    /// The prune threshold to be used or null to calculate prescribedPruneThreshold
    #[serde(rename = "pruneThreshold", skip_serializing_if = "Option::is_none")]
    pub prune_threshold: Option<i32>,
    /// The session's saved status
    #[serde(skip_serializing_if = "Option::is_none")]
    pub saved: Option<bool>,
    /// The scope of identities for this role mining session
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scope: Option<Roleminingsessionscope>,
    /// Role mining potential type
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<Roleminingroletype>,
    /// Role mining session state
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<Roleminingsessionstate>,
    /// Scoping method used in current role mining session
    #[serde(rename = "scopingMethod", skip_serializing_if = "Option::is_none")]
    pub scoping_method: Option<Roleminingsessionscopingmethod>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Roleminingsessionparametersdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Roleminingsessionparametersdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Roleminingsessionparametersdto {
    const NAME: &'static str = "Roleminingsessionparametersdto";

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
            "id" => self.id = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "minNumIdentitiesInPotentialRole" => {
                self.min_num_identities_in_potential_role = map.next_value()?;
            }
            "pruneThreshold" => self.prune_threshold = map.next_value()?,
            "saved" => self.saved = map.next_value_seed(crate::lenient::FlagOption)?,
            "scope" => self.scope = map.next_value()?,
            "type" => self.r#type = map.next_value()?,
            "state" => self.state = map.next_value()?,
            "scopingMethod" => self.scoping_method = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
