//! `Sourcehealthdto`, from `apis/sources/schemas/sourcehealthdto.yaml`.

use crate::models::SourcehealthdtoStatus;

/// Dto for source health data
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct Sourcehealthdto {
    /// the id of the Source
    ///
    /// Read-only: set by the server, ignored in requests.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Specifies the type of system being managed e.g. Active Directory, Workday, etc.. If you are creating a Delimited File source, you must set the `provisionasCsv` query parameter to `true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// the name of the source
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// source's org
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org: Option<String>,
    /// Is the source authoritative
    #[serde(rename = "isAuthoritative", skip_serializing_if = "Option::is_none")]
    pub is_authoritative: Option<bool>,
    /// Is the source in a cluster
    #[serde(rename = "isCluster", skip_serializing_if = "Option::is_none")]
    pub is_cluster: Option<bool>,
    /// source's hostname
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    /// source's pod
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pod: Option<String>,
    /// The version of the iqService
    #[serde(rename = "iqServiceVersion", skip_serializing_if = "Option::is_none")]
    pub iq_service_version: Option<String>,
    /// connection test result
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<SourcehealthdtoStatus>,
    /// Members the spec does not declare, kept as they came: a value read from the API and sent back keeps them.
    #[serde(flatten)]
    pub additional_properties: serde_json::Map<String, serde_json::Value>,
}

impl Sourcehealthdto {
    /// Builds the value from its required fields; the optional ones start empty.
    #[inline]
    pub fn new() -> Self {
        Self::default()
    }
}

impl<'de> serde::Deserialize<'de> for Sourcehealthdto {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        crate::object::deserialize(deserializer)
    }
}

impl crate::object::Object for Sourcehealthdto {
    const NAME: &'static str = "Sourcehealthdto";

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
            "type" => self.r#type = map.next_value_seed(crate::lenient::TextOption)?,
            "name" => self.name = map.next_value_seed(crate::lenient::TextOption)?,
            "org" => self.org = map.next_value_seed(crate::lenient::TextOption)?,
            "isAuthoritative" => {
                self.is_authoritative = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "isCluster" => {
                self.is_cluster = map.next_value_seed(crate::lenient::FlagOption)?;
            }
            "hostname" => {
                self.hostname = map.next_value_seed(crate::lenient::TextOption)?;
            }
            "pod" => self.pod = map.next_value_seed(crate::lenient::TextOption)?,
            "iqServiceVersion" => {
                self.iq_service_version = map
                    .next_value_seed(crate::lenient::TextOption)?;
            }
            "status" => self.status = map.next_value()?,
            _ => {
                self.additional_properties.insert(key.into_string(), map.next_value()?);
            }
        }
        Ok(())
    }
}
