{{/* Labels every object carries. */}}
{{- define "compact.labels" -}}
app.kubernetes.io/part-of: compact
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* The labels of one service's objects; call with (list $ "districts"). */}}
{{- define "compact.serviceLabels" -}}
{{- $root := index . 0 -}}
app.kubernetes.io/part-of: compact
app.kubernetes.io/managed-by: {{ $root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" $root.Chart.Name $root.Chart.Version | replace "+" "_" }}
app.kubernetes.io/component: {{ index . 1 }}
{{ include "compact.selectorLabels" . }}
{{- end -}}

{{/* The labels that select one service's pods; call with (list $ "districts"). */}}
{{- define "compact.selectorLabels" -}}
{{- $root := index . 0 -}}
app.kubernetes.io/name: {{ index . 1 }}
app.kubernetes.io/instance: {{ $root.Release.Name }}
{{- end -}}

{{/* The name of a service's objects; call with (list $ "districts"). */}}
{{- define "compact.name" -}}
{{- $root := index . 0 -}}
{{- printf "%s-%s" $root.Release.Name (index . 1) | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* One service's settings: serviceDefaults overlaid with services.<name>; call with (list $ "districts"). */}}
{{- define "compact.service" -}}
{{- $root := index . 0 -}}
{{- $own := index $root.Values.services (index . 1) -}}
{{- toYaml (mergeOverwrite (deepCopy $root.Values.serviceDefaults) (deepCopy $own)) -}}
{{- end -}}

{{- define "compact.serviceAccountName" -}}
{{- default (printf "%s-compact" .Release.Name) .Values.serviceAccount.name -}}
{{- end -}}

{{- define "compact.image" -}}
{{- $root := index . 0 -}}
{{- printf "%s/compact-%s:%s" $root.Values.image.registry (index . 1) (default $root.Chart.AppVersion $root.Values.image.tag) -}}
{{- end -}}

{{- define "compact.kafkaBootstrap" -}}
{{- if .Values.kafka.strimzi.enabled -}}
{{- printf "%s-kafka-bootstrap:9092" .Values.kafka.strimzi.clusterName -}}
{{- else -}}
{{- required "kafka.bootstrapServers is required unless kafka.strimzi.enabled" .Values.kafka.bootstrapServers -}}
{{- end -}}
{{- end -}}

{{- define "compact.dbHost" -}}
{{- if .Values.postgresql.cloudnativepg.enabled -}}
{{- printf "%s-rw" .Values.postgresql.cloudnativepg.clusterName -}}
{{- else -}}
{{- required "postgresql.host is required unless postgresql.cloudnativepg.enabled" .Values.postgresql.host -}}
{{- end -}}
{{- end -}}

{{/* The Secret holding the name and password of the role the services run as (rows only), and its keys. */}}
{{- define "compact.dbSecret" -}}
{{- if .Values.postgresql.auth.existingSecret -}}
{{- .Values.postgresql.auth.existingSecret -}}
{{- else -}}
{{- printf "%s-db" .Release.Name -}}
{{- end -}}
{{- end -}}

{{- define "compact.dbUsernameKey" -}}
{{- if .Values.postgresql.cloudnativepg.enabled -}}username{{- else -}}{{ .Values.postgresql.auth.usernameKey }}{{- end -}}
{{- end -}}

{{- define "compact.dbPasswordKey" -}}
{{- if .Values.postgresql.cloudnativepg.enabled -}}password{{- else -}}{{ .Values.postgresql.auth.passwordKey }}{{- end -}}
{{- end -}}

{{/* The Secret holding the owner role's name and password (migrations, Keycloak's schema), and its keys. */}}
{{- define "compact.dbOwnerSecret" -}}
{{- if .Values.postgresql.cloudnativepg.enabled -}}
{{- printf "%s-app" .Values.postgresql.cloudnativepg.clusterName -}}
{{- else -}}
{{- include "compact.dbSecret" . -}}
{{- end -}}
{{- end -}}

{{- define "compact.dbOwnerUsernameKey" -}}
{{- if .Values.postgresql.cloudnativepg.enabled -}}username{{- else -}}{{ .Values.postgresql.auth.ownerUsernameKey }}{{- end -}}
{{- end -}}

{{- define "compact.dbOwnerPasswordKey" -}}
{{- if .Values.postgresql.cloudnativepg.enabled -}}password{{- else -}}{{ .Values.postgresql.auth.ownerPasswordKey }}{{- end -}}
{{- end -}}

{{/* The portal's public address, which every absolute URL it writes and every link the accounts and
notices services mail start with: portalPublicUrl, else the ingress's address, else nothing. */}}
{{- define "compact.portalPublicUrl" -}}
{{- if .Values.portalPublicUrl -}}
{{- .Values.portalPublicUrl -}}
{{- else if .Values.ingress.enabled -}}
{{- printf "%s://%s" (ternary "https" "http" .Values.ingress.tls.enabled) .Values.ingress.host -}}
{{- end -}}
{{- end -}}

{{/* Keycloak's base address for its admin API: keycloak.adminUrl, else the issuer without /realms/compact. */}}
{{- define "compact.keycloakBaseUrl" -}}
{{- default (regexReplaceAll "/realms/compact/?$" .Values.keycloak.url "") .Values.keycloak.adminUrl -}}
{{- end -}}

{{/* The Secret with the SMTP relay's user name and password (keys username, password). */}}
{{- define "compact.mailSecret" -}}
{{- default (printf "%s-mail" .Release.Name) .Values.mail.existingSecret -}}
{{- end -}}

{{/* Whether the relay wants a sign-in: a user name in values, or a Secret named for it. */}}
{{- define "compact.mailAuth" -}}
{{- if or .Values.mail.username .Values.mail.existingSecret -}}true{{- end -}}
{{- end -}}
