// The package ships its zod schemas as plain JavaScript (its "types" entry points at the .js), so the few this
// project reads are declared here.
declare module 'discord-api-spec/zod' {
  import type { ZodMiniType } from 'zod/mini';
  export const ApplicationCommandResponseSchema: ZodMiniType;
  export const GatewayBotResponseSchema: ZodMiniType;
  export const InteractionCallbackResponseSchema: ZodMiniType;
  export const InteractionResponseSchema: ZodMiniType;
  export const MessageComponentInteractionMetadataResponseSchema: ZodMiniType;
  export const MessageResponseSchema: ZodMiniType;
  export const ModalSubmitInteractionMetadataResponseSchema: ZodMiniType;
}
